using System.Diagnostics;
using System.Text;
using DealRules.Engine;

namespace DealRules.Compilation.Tests.Sandbox;

/// <summary>
/// Kinds 4, 5 and 7 at load time: a pack folder is read as regular files only, compiling runs in the
/// worker under its deadline, and what refuses a pack never echoes more than the offending line.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PackFolderTests
{
    [Fact]
    public void Links_fifos_and_devices_are_refused_without_being_read()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "FIFOs and /dev/zero are Linux's");
        using var folders = new PackFolders();
        var folder = folders.EveryDeal("odd", "seen");
        var secret = Path.Combine(folders.Root, "secret.txt");
        File.WriteAllText(secret, "TOP-SECRET-VALUE");
        File.CreateSymbolicLink(Path.Combine(folder, "Secret.cs"), secret);
        File.CreateSymbolicLink(Path.Combine(folder, "Environ.cs"), "/proc/self/environ");
        File.CreateSymbolicLink(Path.Combine(folder, "Zero.cs"), "/dev/zero");
        Directory.CreateSymbolicLink(Path.Combine(folder, "loop"), folder);
        Run("ln", secret, Path.Combine(folder, "Hard.cs"));
        Run("mkfifo", Path.Combine(folder, "Pipe.cs"));

        var clock = Stopwatch.StartNew();
        var loaded = new RulePackLoader().Load(folder, TestContext.Current.CancellationToken);

        Assert.Null(loaded.Pack);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"loading took {clock.Elapsed}");
        Assert.Equal(
            ["Environ.cs", "Hard.cs", "Pipe.cs", "Secret.cs", "Zero.cs", "loop"],
            loaded.Errors.Select(e => e.File).Order(StringComparer.Ordinal));
        Assert.All(loaded.Errors, e => Assert.Equal("DR0002", e.Id));
        Assert.DoesNotContain(loaded.Errors, e => e.ToString().Contains("SECRET", StringComparison.Ordinal));
        Assert.Contains(loaded.Errors, e => e.File == "Pipe.cs" && e.Message.Contains("not a regular file", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pack_larger_than_its_limit_is_refused_before_it_is_read()
    {
        using var folders = new PackFolders();
        var folder = folders.EveryDeal("large", "seen");
        File.WriteAllText(Path.Combine(folder, "Large.cs"), "// " + new string('x', 200_000));

        var loaded = new RulePackLoader(SandboxLimits.Default with { MaxSourceBytes = 100_000 }).Load(folder, TestContext.Current.CancellationToken);

        Assert.Null(loaded.Pack);
        Assert.Contains(loaded.Errors, e => e.File == "Large.cs" && e.Message.Contains("limit", StringComparison.Ordinal));
    }

    [Fact]
    public void Source_that_makes_the_compiler_run_for_minutes_hits_the_compile_deadline()
    {
        // Nested lambdas passed to overloaded methods: overload resolution binds each body once per candidate, at every level.
        var nested = new StringBuilder("0");
        for (var depth = 0; depth < 14; depth++)
        {
            nested.Insert(0, $"Slow.M(p{depth} => ").Append($" + p{depth}.GetHashCode())");
        }

        using var folders = new PackFolders();
        var folder = folders.Source("slow", """
            public static class Slow
            {
                public static int M(Func<int, int> f) => 0;
                public static int M(Func<long, int> f) => 0;
                public static int M(Func<string, int> f) => 0;
                public static int M(Func<decimal, int> f) => 0;
                public static int Value => 
            """ + nested + ";\n}\n" + Packs.EveryDeal("Slow.Value.ToString()"));

        var clock = Stopwatch.StartNew();
        var failure = Assert.Throws<RulePackFailedException>(() =>
            new RulePackLoader(SandboxLimits.Default with { CompileTimeout = TimeSpan.FromSeconds(10) }).Load(folder, TestContext.Current.CancellationToken));

        Assert.Equal("compile deadline", failure.Limit);
        Assert.Equal("slow", failure.Pack);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(40), $"stopped after {clock.Elapsed}");
    }

    [Fact]
    public void A_constant_the_emitter_chokes_on_refuses_the_pack_and_the_host_goes_on()
    {
        var constants = new StringBuilder("public static class Big\n{\n    public const string S0 = \"ab\";\n");
        for (var i = 1; i <= 23; i++)
        {
            constants.Append($"    public const string S{i} = S{i - 1} + S{i - 1};\n");
        }

        using var folders = new PackFolders();
        var folder = folders.Source("big", constants + "}\n" + Packs.EveryDeal("Big.S23.Substring(0, 3)"));

        try
        {
            var loaded = new RulePackLoader().Load(folder, TestContext.Current.CancellationToken);
            Assert.Null(loaded.Pack);
            Assert.NotEmpty(loaded.Errors);
        }
        catch (RulePackFailedException failure)
        {
            Assert.Equal("big", failure.Pack);
        }

        Assert.NotNull(new RulePackLoader().Load(folders.EveryDeal("after", "fine"), TestContext.Current.CancellationToken).Pack);
    }

    [Fact]
    public void A_compiler_error_never_echoes_more_than_its_line()
    {
        using var folders = new PackFolders();
        var secret = string.Join("\n", Enumerable.Range(0, 50).Select(i => $"SECRET{i} = \"{new string('s', 500)}\";"));
        var loaded = new RulePackLoader().Load(folders.Source("noise", secret), TestContext.Current.CancellationToken);

        Assert.Null(loaded.Pack);
        Assert.All(loaded.Errors, e =>
        {
            Assert.DoesNotContain('\n', e.ToString());
            Assert.True(e.Message.Length <= CompilationMessage.MaxMessageLength + 1, e.Message);
        });
    }

    private static void Run(string command, params string[] arguments)
    {
        using var process = Process.Start(command, arguments);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
