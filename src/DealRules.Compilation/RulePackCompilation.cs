using System.Diagnostics.CodeAnalysis;

namespace DealRules.Compilation;

/// <summary>The outcome of compiling a pack from source: the loaded pack, or the errors that refuse it.</summary>
/// <param name="Pack">The pack, when there is no error.</param>
/// <param name="Errors">Error-level diagnostics, each <c>file(line,col): ID message</c>.</param>
/// <param name="Warnings">Warning-level diagnostics.</param>
public sealed record RulePackCompilation(SourceRulePack? Pack, IReadOnlyList<CompilationMessage> Errors, IReadOnlyList<CompilationMessage> Warnings)
{
    /// <summary>True when the pack compiled and loaded.</summary>
    [MemberNotNullWhen(true, nameof(Pack))]
    public bool Succeeded => Pack is not null;
}
