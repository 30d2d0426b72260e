using DealRules.Cli;

using var interruption = new Interruption();
var console = CliConsole.System(interruption.Track, interruption.Token);
int exitCode;
try
{
    exitCode = DealRulesCommandLine.Run(args, console);
    console.Out.Flush();
}
catch (OutputClosedException)
{
    // The reader of standard output went away (| head): stop, as a program killed by SIGPIPE would.
    exitCode = 141;
}

interruption.Finish();
if (interruption.ExitCode is not null)
{
    Interruption.ShowCursor();
}

return interruption.ExitCode ?? exitCode;
