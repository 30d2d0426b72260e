using DealRules.Cli;

return DealRulesCommandLine.Run(args, CliConsole.System());
