// One definition of the rule catalog's format, linked (Compile Include … Link) into the authoring
// library, which loads and checks packs, and into the analyzer, which checks them as they are written
// (and, through it, the code fixes). It must compile for netstandard2.0 as well as for the library.
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace DealRules.Authoring;

/// <summary>
/// The catalog's format: what a rule id looks like, the id prefix of each category, and the names
/// of the catalog attributes, as written in source (<c>[RuleId("CIRC001")]</c>).
/// </summary>
internal static class CatalogFormat
{
    /// <summary>The namespace of the catalog attributes and of the authoring API.</summary>
    public const string Namespace = "DealRules.Authoring";

    /// <summary>A rule id: capital letters (its category's prefix) and three digits, such as <c>CIRC001</c>.</summary>
    public const string IdPattern = @"\A[A-Z]+[0-9]{3}\z";

    /// <summary>The attribute naming a rule's id.</summary>
    public const string RuleId = "RuleId";

    /// <summary>The attribute naming a rule's title.</summary>
    public const string RuleTitle = "RuleTitle";

    /// <summary>The attribute naming a rule's category.</summary>
    public const string RuleCategory = "RuleCategory";

    /// <summary>The attribute naming whose interest a rule's findings speak for.</summary>
    public const string RulePerspective = "RulePerspective";

    /// <summary>The attribute naming the severity a rule reports unless it says otherwise.</summary>
    public const string DefaultSeverity = "DefaultSeverity";

    /// <summary>The assembly attribute declaring a parameter of a whole pack.</summary>
    public const string RuleParameter = "RuleParameter";

    /// <summary>The type of a parameter declared on a rule (a <c>static readonly</c> field), and the key of <c>RuleParameters</c>.</summary>
    public const string ParameterDefinition = "ParameterDefinition";

    /// <summary>The fact holding the parameter values of an evaluation.</summary>
    public const string RuleParameters = "RuleParameters";

    /// <summary>The attributes every rule of a pack carries, in the order they are written.</summary>
    public static IReadOnlyList<string> CatalogAttributes { get; } = new[] { RuleId, RuleTitle, RuleCategory, RulePerspective, DefaultSeverity };

    private static readonly Regex Id = new(IdPattern, RegexOptions.CultureInvariant);

    /// <summary>True when <paramref name="id"/> has the form of a rule id; its prefix is checked apart.</summary>
    public static bool IsWellFormedId(string id) => Id.IsMatch(id);

    /// <summary>The metadata name of a catalog attribute: <c>DealRules.Authoring.RuleIdAttribute</c> for <see cref="RuleId"/>.</summary>
    public static string AttributeMetadataName(string attribute) => Namespace + "." + attribute + "Attribute";

    /// <summary>The metadata name of an authoring type: <c>DealRules.Authoring.RuleParameters</c> for <see cref="RuleParameters"/>.</summary>
    public static string TypeMetadataName(string type) => Namespace + "." + type;

    /// <summary>The id prefix of a category, by the name of its <c>Category</c> member (<c>CIRC</c> for <c>Circular</c>); null for no category.</summary>
    public static string? IdPrefix(string category) => category switch
    {
        "Chip" => "CHIP",
        "Cloud" => "CLOUD",
        "Circular" => "CIRC",
        "Governance" => "GOV",
        "Valuation" => "VAL",
        "Strategic" => "STRAT",
        _ => null,
    };
}
