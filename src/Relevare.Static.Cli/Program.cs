using Relevare.Static.Cli;

try
{
    return CliApplication.Run(args, CliEnvironment.FromProcess());
}
catch (Exception e) when (Environment.GetEnvironmentVariable("RELEVARE_DEBUG") != "1")
{
    // The last line of defence: an editor never sees a stack trace. Content mistakes are diagnostics long
    // before this; reaching here is a bug in relevare.
    Console.Error.WriteLine($"error: internal error in relevare ({e.GetType().Name}: {e.Message})");
    Console.Error.WriteLine("  hint: this is a bug, not a mistake in your content; please report it with the command you ran (RELEVARE_DEBUG=1 shows details)");
    return ExitCodes.Errors;
}
