namespace Discovery.Pipeline;

/// <summary>The event ids of the pipeline's log messages (3000-3099), so a filter or an alert can name them.</summary>
internal static class PipelineLogEvents
{
    public const int ScanStarting = 3000;
    public const int ScanDone = 3001;
    public const int CollectStarting = 3010;
    public const int BmcCollected = 3011;
    public const int CollectDone = 3012;
    public const int StoreUpserted = 3020;
    public const int StoreFailed = 3021;
    public const int SmdRegistered = 3030;
    public const int SmdFailed = 3031;
    public const int ReplayDone = 3040;
    public const int SendSource = 3050;
    public const int PassLocked = 3060;
    public const int PassJitter = 3061;
    public const int PassDeadline = 3062;
    public const int PassDone = 3063;
    public const int LogStarted = 3070;
}
