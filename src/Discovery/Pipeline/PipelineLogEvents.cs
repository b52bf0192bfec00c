namespace Discovery.Pipeline;

/// <summary>The event ids of the pipeline's log messages (7000-7099), so a filter or an alert can name them.</summary>
internal static class PipelineLogEvents
{
    public const int ScanStarting = 7000;
    public const int ScanDone = 7001;
    public const int CollectStarting = 7010;
    public const int BmcCollected = 7011;
    public const int CollectDone = 7012;
    public const int StoreUpserted = 7020;
    public const int StoreFailed = 7021;
    public const int StoreBatch = 7022;
    public const int SmdRegistered = 7030;
    public const int SmdFailed = 7031;
    public const int ReplayDone = 7040;
    public const int SendSource = 7050;
    public const int PassLocked = 7060;
    public const int PassJitter = 7061;
    public const int PassDeadline = 7062;
    public const int PassDone = 7063;
    public const int PassLogFailed = 7064;
    public const int PassBoot = 7065;
    public const int LogStarted = 7070;
}
