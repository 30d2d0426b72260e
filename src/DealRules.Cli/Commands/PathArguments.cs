using System.CommandLine.Parsing;

namespace DealRules.Cli.Commands;

/// <summary>Checks on the PATH arguments shared by <c>evaluate</c> and <c>validate</c>.</summary>
internal static class PathArguments
{
    /// <summary>A misspelt option would otherwise be taken for a path; name it as an unknown option instead (<c>-</c> alone is standard input).</summary>
    public static void RejectOptionLikeTokens(ArgumentResult result)
    {
        foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value != "-"))
        {
            result.AddError($"Unrecognized option '{token.Value}'.");
        }

        if (result.Tokens.Any(t => t.Value.Length == 0))
        {
            result.AddError("An empty PATH names no file (is a variable unset?).");
        }
    }
}
