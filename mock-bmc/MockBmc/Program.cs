using MockBmc;

return await MockBmcCommand.RunAsync(args, Console.Out, Console.Error);
