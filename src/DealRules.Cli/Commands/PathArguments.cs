using System.CommandLine.Parsing;

namespace DealRules.Cli.Commands;

/// <summary>Checks on the PATH arguments shared by <c>evaluate</c> and <c>validate</c>.</summary>
internal static class PathArguments
{
    /// <summary>A misspelt option would otherwise be taken for a path; name it as an unknown option instead.</summary>
    public static void RejectOptionLikeTokens(ArgumentResult result)
    {
        foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
        {
            result.AddError($"Unrecognized option '{token.Value}'.");
        }
    }
}
