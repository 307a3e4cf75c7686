using CreditGrantConformance.ReferenceServer;

if (ServerCommandLine.Answer(args, Console.Out) is { } exitCode)
{
    return exitCode;
}

await ReferenceServerHost.Build(args).RunAsync();
return 0;
