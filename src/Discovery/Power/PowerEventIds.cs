namespace Discovery.Power;

/// <summary>Event ids of power control (Boot range 8000s: 8000-8019).</summary>
internal static class PowerEventIds
{
    public const int ResetSent = 8000;
    public const int NodeFinished = 8001;
    public const int BmcRefused = 8002;
    public const int ResetAlreadySent = 8003;
}
