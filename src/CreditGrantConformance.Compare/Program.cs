using CreditGrantConformance.Compare;

return CompareCommand.Run(args, Console.Out, Console.Error);
