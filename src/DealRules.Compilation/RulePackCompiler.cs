using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using DealRules.Analyzers.Infrastructure;
using DealRules.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace DealRules.Compilation;

/// <summary>
/// Compiles a rule pack from C# source in memory, against the authoring surface only (the
/// DealRules.Authoring assembly, NRules' DSL and a few core libraries), and runs every DealRules
/// analyzer on it as on a project marked <c>&lt;DealRulesRulePack&gt;true&lt;/DealRulesRulePack&gt;</c>.
/// Any error-level diagnostic refuses the pack, suppressed or not. Compiling runs no pack code; it
/// still belongs in the worker process (<see cref="RulePackLoader"/> does so), since a hostile source can
/// make the compiler itself take minutes or fail.
/// </summary>
public static class RulePackCompiler
{
    private static readonly string[] FrameworkAssemblies =
    [
        "System.Private.CoreLib.dll", "System.Runtime.dll", "System.Collections.dll", "System.Linq.dll",
        "System.Linq.Expressions.dll", "System.Collections.Immutable.dll", "netstandard.dll",
    ];

    /// <summary>The global usings every pack gets, as an SDK project with implicit usings has (less I/O, network and threading).</summary>
    private const string ImplicitUsings = "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\n";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new(LoadAnalyzers);

    /// <summary>Compiles sources held in memory into an assembly image.</summary>
    /// <param name="sources">Each file's name (used in messages) and text.</param>
    /// <param name="name">The pack's name, for messages.</param>
    public static RulePackCompilation Compile(IReadOnlyCollection<(string Path, string Text)> sources, string name)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), parse, s.Path))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, parse, "(implicit usings)"))
            .ToArray();
        // The assembly is never named after the folder: a name that matched an InternalsVisibleTo of the
        // DealRules assemblies would open their internals to the pack.
        var compilation = CSharpCompilation.Create(
            "RulePack." + Hash(sources)[..16],
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release, deterministic: true));

        // Fail closed: a suppressed error still refuses the pack (pragmas, [SuppressMessage]), generated
        // code is analyzed (the analyzers that guard the sandbox say so), and an analyzer that crashes
        // refuses the pack instead of letting it through unchecked.
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], new RulePackOptionsProvider()), onAnalyzerException: null, concurrentAnalysis: true,
            logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true);
        var diagnostics = compilation.WithAnalyzers(Analyzers.Value, options).GetAllDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Severity == DiagnosticSeverity.Error || d.Id == "AD0001" || d.Severity == DiagnosticSeverity.Warning && !d.IsSuppressed)
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToArray();
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error || d.Id == "AD0001")
            .Select(d => d.Id == "AD0001" ? Message(d) with { Id = "DR0001", Message = "an analyzer failed on the pack, so it could not be checked" } : Message(d))
            .ToArray();
        var warnings = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning && d.Id != "AD0001").Select(Message).ToArray();
        if (errors.Length > 0)
        {
            return new RulePackCompilation(null, errors, warnings);
        }

        using var image = new MemoryStream();
        EmitResult emitted;
        try
        {
            emitted = compilation.Emit(image);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Roslyn's emitter throws on some pathological constants (a string doubled 22 times).
            return new RulePackCompilation(null, [new CompilationMessage(name, 1, 1, "DR0000", $"the compiler failed to emit the pack: {e.GetType().Name}")], warnings);
        }

        if (!emitted.Success)
        {
            return new RulePackCompilation(null, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Message).ToArray(), warnings);
        }


        return new RulePackCompilation(image.ToArray(), [], warnings);
    }

    private static CompilationMessage Message(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return new CompilationMessage(
            span.Path is { Length: > 0 } path ? CompilationMessage.OneLine(path) : "(pack)",
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            diagnostic.Id,
            CompilationMessage.OneLine(diagnostic.GetMessage(CultureInfo.InvariantCulture)),
            diagnostic.Severity == DiagnosticSeverity.Error || diagnostic.Id == "AD0001");
    }

    /// <summary>
    /// A hash identifying a compiled pack: every source file's path and text, and the build of every
    /// piece that decides what the compiler accepts or makes of them (the engine, the authoring
    /// surface, the analyzers, this compiler, Roslyn), each field written with its length first so that
    /// no two different inputs write the same bytes.
    /// </summary>
    internal static string Hash(IEnumerable<(string Path, string Text)> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string field)
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }

        foreach (var piece in new[] { typeof(RulePack), typeof(DealRules.Authoring.Finding), typeof(NRulesAnalyzer), typeof(RulePackCompiler), typeof(CSharpCompilation) })
        {
            Add(piece.Assembly.GetName().Version + "/" + piece.Module.ModuleVersionId);
        }

        foreach (var (path, source) in sources.OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            Add(path);
            Add(source);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>
    /// What pack source may be compiled against: the runtime's core libraries for collections, LINQ
    /// and expressions, the deal model and authoring API, and NRules. Nothing else is referenced, so a
    /// pack that names anything else does not compile; DR2005 refuses what these assemblies still offer.
    /// </summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var framework = FrameworkAssemblies
            .Select(file => Path.Combine(runtime, file))
            .Where(File.Exists);
        var libraries = new[] { typeof(DealRules.Authoring.Finding).Assembly, typeof(NRules.Fluent.Dsl.Rule).Assembly, typeof(NRules.RuleModel.IContext).Assembly }
            .Select(a => a.Location);
        return [.. framework.Concat(libraries).Distinct().Select(path => MetadataReference.CreateFromFile(path))];
    }

    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers() =>
        [.. typeof(NRulesAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    /// <summary>Tells the analyzers that the whole compilation is a rule pack.</summary>
    private sealed class RulePackOptionsProvider : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options();

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

        private sealed class Options : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = "true";
                return key == "build_property.DealRulesRulePack";
            }
        }
    }
}
