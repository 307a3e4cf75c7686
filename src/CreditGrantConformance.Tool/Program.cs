using CreditGrantConformance.Tool;

return await ToolCommandLine.InvokeAsync(args, Console.Out, Console.Error);
