CreditGrantConformance.ReferenceServer.ReferenceServerHost.Build(args).Run();
