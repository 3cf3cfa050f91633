using Relevare.Static.Cli;

return CliApplication.Run(args, CliEnvironment.FromProcess());
