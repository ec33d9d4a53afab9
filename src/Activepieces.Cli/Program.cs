using Activepieces.Cli.CommandLine;

return await CliApplication.RunAsync(args, CliEnvironment.FromProcess(), CancellationToken.None).ConfigureAwait(false);
