namespace Discovery.MockBmc.Mockups;

/// <summary>What kind of per-instance value a token stands for.</summary>
internal enum TokenKind
{
    Uuid,
    Serial,
    Mac,
    ManagerIpv4,
    FirmwareVersion,
}
