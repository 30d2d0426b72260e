using Microsoft.CodeAnalysis;

namespace DealRules.Analyzers;

/// <summary>
/// The one factory every diagnostic is built by: each analyzer declares its own descriptor with
/// <see cref="Create"/>, which sets the category, the default severity and the help link from the id:
/// the page <c>docs/diagnostics/DRxxxx.md</c> of the repository the package states as its <c>RepositoryUrl</c>.
/// </summary>
internal static class Descriptors
{
    /// <summary>The repository the packages come from; <c>Directory.Build.props</c> states the same URL (a test keeps them equal).</summary>
    public const string RepositoryUrl = "https://github.com/dealrules/dealrules";

    /// <summary>Where the diagnostics' pages live in that repository, on its main branch.</summary>
    public const string HelpLinkBase = RepositoryUrl + "/blob/main/docs/diagnostics/";

    public const string Authoring = "NRules.Authoring";
    public const string Performance = "NRules.Performance";
    public const string RulePack = "DealRules.RulePack";

    /// <summary>A descriptor enabled by default whose help link is the page of <paramref name="id"/>.</summary>
    public static DiagnosticDescriptor Create(
        string id, string category, DiagnosticSeverity severity, string title, string message, string description, params string[] customTags) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description, HelpLinkBase + id + ".md", customTags);
}
