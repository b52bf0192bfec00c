namespace Discovery.Boot.Sessions;

/// <summary>The states of a session and of each of its nodes (RFD #73): pending, running, then completed, failed or cancelled.</summary>
internal static class BootSessionStatus
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    /// <summary>True for completed, failed and cancelled: nothing more happens.</summary>
    public static bool IsFinal(string status) => status is Completed or Failed or Cancelled;
}
