using System.Runtime.InteropServices;
using DealRules.Documents;
using DealRules.Profiles;
using DealRules.Reporting;

namespace DealRules.Compilation.Isolation;

/// <summary>
/// The worker process's side: confines itself, then serves one rule pack, compiling it or loading its
/// compiled image, and evaluating documents with it, one request at a time over standard input and
/// output. Pack code runs here only; the host sees data.
/// </summary>
internal static class SandboxWorker
{
    /// <summary>The argument that starts the worker (the assembly's entry point does nothing else).</summary>
    public const string Argument = "--dealrules-sandbox-worker";

    /// <summary>The largest request the host sends (sources, or a batch of documents).</summary>
    private const int MaxRequestBytes = 1 << 30;

    /// <summary>The exit code of a worker whose parent is not (or no longer) the host that started it.</summary>
    private const int HostGone = 4;

    public static int Run()
    {
        if (!Confinement.BindToHost(Environment.GetEnvironmentVariable(Confinement.HostProcessVariable)))
        {
            return HostGone;
        }

        Descriptors.Tidy();
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        // The protocol owns standard output: anything else written to the console goes nowhere.
        Console.SetOut(TextWriter.Null);
        Console.SetError(TextWriter.Null);

        // Native libraries load from system folders the confined worker cannot read: load them first
        // (OpenSSL, which the compiler's hashing needs).
        _ = System.Security.Cryptography.SHA256.HashData([0]);
        var confinement = Confinement.Apply(ReadableFolders());
        WorkerProtocol.Send(output, MessageKind.Ready, w => w.Write(confinement));

        LoadedPack? evaluator = null;
        while (WorkerProtocol.Receive(input, MaxRequestBytes) is var (kind, body))
        {
            using (body)
            {
                try
                {
                    switch (kind)
                    {
                        case MessageKind.Compile when evaluator is null:
                            evaluator = Compile(body, output);
                            break;
                        case MessageKind.Load when evaluator is null:
                            evaluator = Load(body, output);
                            break;
                        case MessageKind.Evaluate when evaluator is not null:
                            Evaluate(evaluator, body, output);
                            break;
                        default:
                            WorkerProtocol.Send(output, MessageKind.Failed, w => w.Write($"a {kind} request is out of order"));
                            break;
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    WorkerProtocol.Send(output, MessageKind.Failed, w => w.Write($"{e.GetType().Name}: {e.Message}"));
                }
            }
        }

        return 0;
    }

    private static LoadedPack? Compile(BinaryReader body, Stream output)
    {
        var name = body.ReadBoundedString();
        var sources = new (string Path, string Text)[body.ReadCount(2)];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = (body.ReadBoundedString(), body.ReadBoundedString());
        }

        var compiled = RulePackCompiler.Compile(sources, name);
        var (evaluator, refusal) = compiled.Image is { } image ? LoadedPack.Load(image) : (null, null);
        var errors = refusal is null ? compiled.Errors : [new CompilationMessage(name, 1, 1, "DR0000", refusal)];
        WorkerProtocol.Send(output, MessageKind.Compiled, w =>
        {
            w.WriteMessages(errors);
            w.WriteMessages(compiled.Warnings);
            w.Write(evaluator is not null);
            if (evaluator is not null)
            {
                w.WriteBytes(compiled.Image!);
                w.WritePack(evaluator.Pack);
            }
        });
        return evaluator;
    }

    private static LoadedPack? Load(BinaryReader body, Stream output)
    {
        var (evaluator, refusal) = LoadedPack.Load(body.ReadBytes());
        if (evaluator is null)
        {
            WorkerProtocol.Send(output, MessageKind.Failed, w => w.Write(refusal!));
            return null;
        }

        WorkerProtocol.Send(output, MessageKind.Loaded, w => w.WritePack(evaluator.Pack));
        return evaluator;
    }

    private static void Evaluate(LoadedPack pack, BinaryReader body, Stream output)
    {
        var profileName = body.ReadBoundedString();
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var i = body.ReadCount(17); i > 0; i--)
        {
            values[body.ReadBoundedString()] = body.ReadDecimal();
        }

        var documents = new DealDocument[body.ReadCount(2)];
        for (var i = 0; i < documents.Length; i++)
        {
            // The host read and checked every document; what crosses is the model, written and bound back.
            var source = body.ReadBoundedString();
            documents[i] = new DealDocument(DealDocumentWriter.ReadModel(body.ReadBoundedString()), source);
        }

        var report = pack.EvaluateFresh(documents, new Profile(profileName, values));
        WorkerProtocol.Send(output, MessageKind.Evaluated, w =>
        {
            w.Write(report.Findings.Count);
            foreach (var finding in report.Findings)
            {
                FindingSerializer.Write(w, finding);
            }

            w.Write(report.Errors.Count);
            foreach (var error in report.Errors)
            {
                w.Write(error.RuleId);
                w.Write(error.DealIds.Count);
                foreach (var dealId in error.DealIds)
                {
                    w.Write(dealId);
                }

                w.Write(error.Message);
            }
        });
    }

    /// <summary>
    /// What the worker may read: the runtime's folder, each assembly the runtime may resolve from
    /// elsewhere (one file at a time, so that an application's folder with its settings stays closed),
    /// its own <c>/proc</c> entry and the random device.
    /// </summary>
    private static IEnumerable<string> ReadableFolders()
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd('/');
        var assemblies = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return assemblies
            .Where(path => !path.StartsWith(runtime + "/", StringComparison.Ordinal))
            .Prepend(runtime)
            .Append("/proc/self")
            .Append("/dev/urandom")
            .Distinct(StringComparer.Ordinal);
    }
}
