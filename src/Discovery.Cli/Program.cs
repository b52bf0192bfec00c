using Discovery.Cli;

return await DiscoverApp.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
