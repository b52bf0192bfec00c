namespace Discovery.MockBmc.Mockups;

/// <summary>What kind of per-instance value a token stands for.</summary>
internal enum TokenKind
{
    Uuid,
    Serial,
    Mac,
    ManagerIpv4,
    FirmwareVersion,

    /// <summary>A HostName or FQDN that embeds a serial or a separator-less MAC (iLO <c>ILOMXQ019020B</c>, AMI <c>AMIB42E99BADE17</c>).</summary>
    EmbeddingName,
}
