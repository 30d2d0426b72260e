namespace DealRules.Compilation;

/// <summary>A compiler or analyzer diagnostic on a rule pack's source, as <c>file(line,col): ID message</c>.</summary>
/// <param name="File">The source file.</param>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
/// <param name="Id">The diagnostic id (<c>CS0103</c>, <c>DR1003</c>).</param>
/// <param name="Message">What is wrong.</param>
public sealed record CompilationMessage(string File, int Line, int Column, string Id, string Message)
{
    /// <summary>The message as compilers print it.</summary>
    public override string ToString() => $"{File}({Line},{Column}): {Id} {Message}";
}
