
namespace DealRules.Compilation.Tests.Sandbox;

/// <summary>
/// What the worker's confinement stops even when pack code has got past every compile-time check
/// (<see cref="HostilePack"/>): the kernel refuses the calls, whatever spelling reached them. Each probe
/// reports <c>name=denied</c> or <c>name=DONE</c>; nothing may be done.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ConfinementTests
{
    private const string Probes = """
        public static class Probes
        {
            public static string Run(string secretPath, string writePath)
            {
                var parent = System.IO.File.ReadAllText("/proc/self/stat").Split(' ')[3];
                var results = new List<string>
                {
                    Try("write", () => System.IO.File.WriteAllText(writePath, "escaped")),
                    Try("write-cwd", () => System.IO.File.WriteAllText("escaped.txt", "escaped")),
                    Try("read-secret", () => _ = System.IO.File.ReadAllText(secretPath)),
                    Try("read-host-environment", () => _ = System.IO.File.ReadAllBytes($"/proc/{parent}/environ")),
                    Try("read-passwd", () => _ = System.IO.File.ReadAllText("/etc/passwd")),
                    Try("environment", () => _ = Environment.GetEnvironmentVariable("DEALRULES_TEST_SECRET") ?? throw new InvalidOperationException("unset")),
                    Try("process", () => System.Diagnostics.Process.Start("/bin/true")!.WaitForExit()),
                    Try("socket", () => new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp).Connect("127.0.0.1", 9)),
                    Try("signal-host", () => System.Diagnostics.Process.GetProcessById(int.Parse(parent)).Kill()),
                    Try("read-through-proc-root", () => _ = System.IO.File.ReadAllText("/proc/self/root/etc/passwd")),
                    Try("chmod", () => System.IO.File.SetUnixFileMode(secretPath, System.IO.UnixFileMode.OtherRead | System.IO.UnixFileMode.UserRead)),
                };
                return string.Join(";", results);
            }

            private static string Try(string name, Action action)
            {
                try
                {
                    action();
                    return name + "=DONE";
                }
                catch (Exception)
                {
                    return name + "=denied";
                }
            }
        }

        """;

    [Fact]
    public void Escaped_code_can_write_read_start_connect_or_signal_nothing()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("the worker is confined by Linux's Landlock and seccomp");
            return;
        }

        using var folders = new PackFolders();
        var secret = Path.Combine(folders.Root, "secret.txt");
        File.WriteAllText(secret, "TOP-SECRET-VALUE");
        File.SetUnixFileMode(secret, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var written = Path.Combine(folders.Root, "escaped.txt");
        Environment.SetEnvironmentVariable("DEALRULES_TEST_SECRET", "ENVIRONMENT-SECRET");
        var source = Probes + Packs.EveryDeal($"Probes.Run({Literal(secret)}, {Literal(written)})");

        using var host = new RulePackHost(HostilePack.Compile(source));
        var report = host.Evaluate(Packs.OneDeal, TestContext.Current.CancellationToken);

        var message = Assert.Single(report.Findings).Message;
        Assert.DoesNotContain("=DONE", message, StringComparison.Ordinal);
        Assert.Equal(11, message.Split(';').Length);
        Assert.False(File.Exists(written));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(secret) & (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead));
        Assert.DoesNotContain("SECRET", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_probes_in_process_do_reach_the_machine()
    {
        // The control: what the probes do when nothing confines them, so that "denied" above means the confinement.
        using var folders = new PackFolders();
        var secret = Path.Combine(folders.Root, "secret.txt");
        File.WriteAllText(secret, "TOP-SECRET-VALUE");
        var written = Path.Combine(folders.Root, "escaped.txt");
        var source = Probes.Replace("public static string Run(", "public static string Unused(", StringComparison.Ordinal) + """
            public static class Control
            {
                public static string Run(string secretPath, string writePath) => string.Join(";",
                    Probes.Try("write", () => System.IO.File.WriteAllText(writePath, "escaped")),
                    Probes.Try("read-secret", () => _ = System.IO.File.ReadAllText(secretPath)),
                    Probes.Try("process", () => System.Diagnostics.Process.Start("/bin/true")!.WaitForExit()));
            }

            """ + Packs.EveryDeal($"Control.Run({Literal(secret)}, {Literal(written)})");

        using var host = new RulePackHost(HostilePack.Compile(source.Replace("private static string Try", "public static string Try", StringComparison.Ordinal)), isolation: RulePackIsolation.InProcess);
        var message = Assert.Single(host.Evaluate(Packs.OneDeal, TestContext.Current.CancellationToken).Findings).Message;

        Assert.Equal("write=DONE;read-secret=DONE;process=DONE", message);
        Assert.True(File.Exists(written));
    }

    [Fact]
    public void The_worker_reports_what_confines_it()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the worker is confined by Linux's Landlock and seccomp");
        using var host = new Isolation.IsolatedEvaluator(HostilePack.Compile(Packs.EveryDeal("\"x\"")), null, SandboxLimits.Default);
        host.Evaluate(Packs.OneDeal, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Matches("^landlock abi [0-9]+; seccomp on; capabilities none$", host.Confinement);
    }

    private static string Literal(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal) + "\"";
}
