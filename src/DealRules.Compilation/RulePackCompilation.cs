using System.Diagnostics.CodeAnalysis;

namespace DealRules.Compilation;

/// <summary>The outcome of compiling a pack from source: the assembly image, or the errors that refuse it.</summary>
/// <param name="Image">The compiled assembly, when there is no error.</param>
/// <param name="Errors">Error-level diagnostics, each <c>file(line,col): error ID: message</c>.</param>
/// <param name="Warnings">Warning-level diagnostics.</param>
public sealed record RulePackCompilation(byte[]? Image, IReadOnlyList<CompilationMessage> Errors, IReadOnlyList<CompilationMessage> Warnings)
{
    /// <summary>True when the pack compiled.</summary>
    [MemberNotNullWhen(true, nameof(Image))]
    public bool Succeeded => Image is not null;
}
