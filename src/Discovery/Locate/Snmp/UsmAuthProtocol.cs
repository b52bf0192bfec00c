namespace Discovery.Locate.Snmp;

/// <summary>The USM authentication protocols we speak.</summary>
internal enum UsmAuthProtocol
{
    /// <summary>usmHMACSHAAuthProtocol (RFC 3414): HMAC-SHA-1 cut to 96 bits.</summary>
    HmacSha96,

    /// <summary>usmHMAC192SHA256AuthProtocol (RFC 7860): HMAC-SHA-256 cut to 192 bits.</summary>
    HmacSha256x192,
}
