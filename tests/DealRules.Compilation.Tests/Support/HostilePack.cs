using System.Runtime.InteropServices;
using DealRules.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DealRules.Compilation.Tests;

/// <summary>
/// A pack compiled with no checks at all, against the whole framework: what an attacker would run had
/// they found a way past every compile-time check (or written the on-disk cache). It stands for the
/// unknown escape, so that the tests can show what the worker's confinement still stops.
/// </summary>
internal static class HostilePack
{
    public static SourceRulePack Compile(string source, string name = "hostile")
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var references = Directory.EnumerateFiles(runtime, "*.dll")
            .Where(IsManaged)
            .Append(typeof(Authoring.Finding).Assembly.Location)
            .Append(typeof(NRules.Fluent.Dsl.Rule).Assembly.Location)
            .Append(typeof(NRules.RuleModel.IContext).Assembly.Location)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "RulePack.Hostile" + Guid.NewGuid().ToString("N")[..8],
            [CSharpSyntaxTree.ParseText(Packs.Usings + source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        // Its catalog is read in a throwaway load context: reading attributes runs none of its code.
        var context = new System.Runtime.Loader.AssemblyLoadContext(name, isCollectible: true);
        var loaded = RulePack.FromAssembly(context.LoadFromStream(new MemoryStream(image.ToArray())));
        var described = RulePack.Describe(name, loaded.Rules, loaded.Parameters);
        context.Unload();
        return new SourceRulePack(name, described, image.ToArray(), "hostile", [], null);
    }

    private static bool IsManaged(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
