namespace CreditGrantConformance.Results.Recording;

/// <summary>
/// Every request a target received, in order: the suite's SDK mode compares them with the calls it asked a driver to
/// make. The embedded reference server records them; the wire check reads only this, never the server's internals.
/// </summary>
public interface IRecordedRequests
{
    int Count { get; }

    /// <summary>The requests received after the first <paramref name="skip"/>.</summary>
    IReadOnlyList<ReceivedRequest> Since(int skip);
}
