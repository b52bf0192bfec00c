using Discovery.Cli;

using var signals = new TerminationSignals();
return await DiscoverApp.RunAsync(args, Console.Out, Console.Error, signals.Token);
