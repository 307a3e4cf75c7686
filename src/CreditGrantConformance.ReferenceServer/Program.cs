CreditGrantConformance.ReferenceServer.ReferenceServer.Build(args).Run();
