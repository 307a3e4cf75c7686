// Fixtures are independent (each has its own customer); checks inside one fixture share it and run in order.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(4)]
