using Microsoft.FSharp.Collections;

namespace CreditGrantConformance.Checks.Properties;

/// <summary>A command that creates the next grant of a sequence (its index: the count of creates before it).</summary>
internal interface ICreatesGrant;

/// <summary>A command of a sequence on one grant, named by its index among the grants created so far.</summary>
internal interface IOnGrant<out TCommand>
{
    int Index { get; }

    /// <summary>The same command on another grant: shrinking renumbers commands when it leaves a create out.</summary>
    TCommand On(int grant);
}

/// <summary>Shrinks of a sequence of calls on grants that FsCheck's own shrinking cannot make.</summary>
internal static class GrantSequences
{
    /// <summary>
    /// FsCheck shrinks a failing sequence by leaving commands out; then the sequence without a grant, and each command
    /// made smaller in turn (its request's optional parts, a later time), so a counterexample shows only what matters.
    /// FsCheck drops a shrunk sequence whose preconditions no longer hold.
    /// </summary>
    public static IEnumerable<FSharpList<TCommand>> Shrinks<TCommand>(
        IEnumerable<FSharpList<TCommand>> leftOut,
        FSharpList<TCommand> operations,
        Func<TCommand, IEnumerable<TCommand>> smaller)
    {
        foreach (var shorter in leftOut)
        {
            yield return shorter;
        }

        var commands = operations.ToList();
        foreach (var without in WithoutAGrant(commands))
        {
            yield return ListModule.OfSeq(without);
        }

        for (var i = 0; i < commands.Count; i++)
        {
            foreach (var less in smaller(commands[i]))
            {
                yield return ListModule.OfSeq(commands.Select((command, j) => j == i ? less : command));
            }
        }
    }

    /// <summary>
    /// The sequence without one create and the commands on its grant, the later grants renumbered: FsCheck's own
    /// shrinking leaves one command out at a time, which cannot drop a grant that later commands name.
    /// </summary>
    public static IEnumerable<List<TCommand>> WithoutAGrant<TCommand>(IReadOnlyList<TCommand> commands)
    {
        var grants = commands.Count(c => c is ICreatesGrant);
        for (var dropped = 0; dropped < grants; dropped++)
        {
            var created = 0;
            var without = new List<TCommand>();
            foreach (var command in commands)
            {
                switch (command)
                {
                    case ICreatesGrant when created++ == dropped:
                    case IOnGrant<TCommand> on when on.Index == dropped:
                        continue;
                    case IOnGrant<TCommand> on when on.Index > dropped:
                        without.Add(on.On(on.Index - 1));
                        break;
                    default:
                        without.Add(command);
                        break;
                }
            }

            yield return without;
        }
    }
}
