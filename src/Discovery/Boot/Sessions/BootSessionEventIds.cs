namespace Discovery.Boot.Sessions;

/// <summary>Event ids of boot sessions (Boot range 8000s: 8020-8039).</summary>
internal static class BootSessionEventIds
{
    public const int SessionStarted = 8020;
    public const int SessionFinished = 8021;
    public const int NodeAttemptFailed = 8022;
    public const int SessionResumed = 8023;
    public const int ResetSaved = 8024;
}
