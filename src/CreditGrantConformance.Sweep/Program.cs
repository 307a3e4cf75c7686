using CreditGrantConformance.Sweep;

return await SweepCommand.RunAsync(args, Environment.GetEnvironmentVariable, Console.Out);
