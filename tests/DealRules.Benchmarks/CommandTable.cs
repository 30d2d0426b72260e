using System.Diagnostics;
using System.Globalization;
using DealRules.Documents;
using DealRules.TestSupport;

namespace DealRules.Benchmarks;

/// <summary>
/// The whole command as users run it, timed from outside (process start to exit, start-up included):
/// <c>dealrules evaluate FOLDER</c> on generated independent documents in each format, <c>validate</c>,
/// and start-up on the sample and the shipped corpus. Formats, and a build given with <c>--before DIR</c>
/// (an earlier build's output folder), run side by side in rounds (<c>--rounds N</c>, 3 unless given), one run of each per round. The CLI is
/// <c>--cli DIR</c> (say, a ReadyToRun publish), else the Release build.
/// </summary>
internal static class CommandTable
{
    public static int Run(string[] args)
    {
        Console.WriteLine($"DealRules command table — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}, {Load()}");
        AddRows(args);
        QuickTable.Print();
        return 0;
    }

    /// <summary>Adds the command's rows to the table.</summary>
    public static void AddRows(string[] args)
    {
        var count = Option(args, "--count") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 10_000;
        var rounds = Option(args, "--rounds") is { } given ? int.Parse(given, CultureInfo.InvariantCulture) : 3;
        var cli = Cli(Option(args, "--cli"));
        var before = Option(args, "--before") is { } earlier ? Path.Combine(earlier, "DealRules.Cli.dll") : null;
        var root = QuickTable.Repository();
        var work = Directory.CreateTempSubdirectory("perf-command-").FullName;
        try
        {
            var folder = Path.Combine(work, "deals");
            Directory.CreateDirectory(folder);
            foreach (var deal in new SyntheticDeals(3).Independent(count))
            {
                File.WriteAllText(Path.Combine(folder, deal.Id + ".json"), DealDocumentWriter.Write(deal));
            }

            // Each run its own report, so that the one-core report can be compared with the all-cores one.
            string[] Evaluate(string dll, string format, string name) => ["dotnet", dll, "evaluate", folder, "--format", format, "--output", Path.Combine(work, "report-" + name)];
            var runs = new List<(string Name, string[] Command)>
            {
                ("json", Evaluate(cli, "json", "json")),
                ("table", Evaluate(cli, "table", "table")),
                ("markdown", Evaluate(cli, "markdown", "markdown")),
                ("validate", ["dotnet", cli, "validate", folder]),
            };
            if (OperatingSystem.IsLinux() && File.Exists("/usr/bin/taskset"))
            {
                // One core: the process may run on CPU 0 only (so Environment.ProcessorCount is 1 too).
                runs.Add(("json, one core", ["/usr/bin/taskset", "-c", "0", .. Evaluate(cli, "json", "one-core")]));
            }

            if (before is not null)
            {
                runs.Add(("json, before", Evaluate(before, "json", "before")));
                runs.Add(("validate, before", ["dotnet", before, "validate", folder]));
            }

            var times = Rounds(rounds, runs.Select(r => r.Command).ToArray());
            for (var i = 0; i < runs.Count; i++)
            {
                var note = $"{QuickTable.PerSecond(count, times[i])} documents/s, start-up included";
                note += runs[i].Name switch
                {
                    "table" or "markdown" => $"; ×{times.Speedup(0, i):0.00} the time of json",
                    "json, one core" => $"; all cores are {times.Speedup(0, i):0.00}× as fast; "
                        + (File.ReadAllBytes(Path.Combine(work, "report-json")).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(work, "report-one-core"))) ? "reports byte-identical" : "REPORTS DIFFER"),
                    "json, before" => $"; the build measured is {times.Speedup(0, i):0.00}× as fast",
                    "validate, before" => $"; the build measured is {times.Speedup(3, i):0.00}× as fast",
                    _ => "",
                };
                var what = runs[i].Name.StartsWith("validate", StringComparison.Ordinal) ? "validate" : "evaluate --format " + runs[i].Name.Split(',')[0];
                var variant = runs[i].Name.Split(", ") is [_, var v] ? v : null;
                var suffix = variant is null ? "" : $" ({variant})";
                QuickTable.Add($"command: {what} on {count:N0} documents{suffix}", QuickTable.Ms(times[i]), note + $" (median of {rounds} rounds)");
            }

            var sample = Path.Combine(root, "rules", "samples", "amazon-openai-2025-12.json");
            var corpus = Path.Combine(root, "rules", "deals");
            // Start-up in steps, each a whole process: the runtime and the command line alone (--version), reading
            // and checking the sample (validate), then compiling the catalog and evaluating it; and the corpus.
            (string Name, string[] Args)[] steps =
            [
                ("start-up: --version (runtime and command line)", ["--version"]),
                ("start-up: validate the sample document", ["validate", sample]),
                ("start-up: evaluate the sample document", ["evaluate", sample, "--format", "json"]),
                ("start-up: evaluate the 37-deal corpus (table)", ["evaluate", corpus]),
            ];
            var builds = before is null ? [cli] : new[] { cli, before };
            var start = Rounds(9, [.. builds.SelectMany(dll => steps.Select(step => (string[])["dotnet", dll, .. step.Args]))]);
            for (var i = 0; i < steps.Length; i++)
            {
                var versus = before is null ? "" : $"; {start.Speedup(i, steps.Length + i):0.00}× as fast as before ({QuickTable.Ms(start[steps.Length + i])})";
                QuickTable.Add(steps[i].Name, QuickTable.Ms(start[i]), "whole process, median of 9" + versus);
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The machine's load when the table starts (it is shared: a load above the core count means the figures share the cores).</summary>
    internal static string Load() =>
        File.Exists("/proc/loadavg") ? "load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load unknown";

    private static string? Option(string[] args, string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

    private static string Cli(string? folder)
    {
        if (folder is not null)
        {
            return Path.Combine(folder, "DealRules.Cli.dll");
        }

        var root = QuickTable.Repository();
        var cli = Path.Combine(root, "src", "DealRules.Cli", "bin", "Release", "net10.0", "DealRules.Cli.dll");
        if (!File.Exists(cli))
        {
            Process.Start("dotnet", ["build", Path.Combine(root, "src", "DealRules.Cli"), "-c", "Release", "-nologo", "-v:q"])!.WaitForExit();
        }

        return cli;
    }

    /// <summary>Runs the commands in rounds, one run of each per round, after one warm-up run each (the file cache).</summary>
    private static QuickTable.Rounds Rounds(int rounds, string[][] commands)
    {
        foreach (var command in commands)
        {
            Time(command);
        }

        var times = commands.Select(_ => new List<TimeSpan>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < commands.Length; i++)
            {
                times[i].Add(Time(commands[i]));
            }
        }

        return new QuickTable.Rounds(times);
    }

    /// <summary>Times one command line (its first word the program) from start to exit.</summary>
    private static TimeSpan Time(string[] command)
    {
        var start = new ProcessStartInfo(command[0], command[1..])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(Stream.Null);
        process.WaitForExit();
        var elapsed = watch.Elapsed;
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"{string.Join(' ', command)} exited {process.ExitCode}: {error.Result}");
        }

        return elapsed;
    }
}
