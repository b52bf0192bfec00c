namespace Discovery.MockBmc.Udp;

/// <summary>The ASF presence pong to an RMCP presence ping (DMTF DSP0136 ASF 2.0, section 3.2.4), as BMCs answer on UDP 623.</summary>
internal static class RmcpPong
{
    public static byte[]? For(byte[] ping)
    {
        // RMCP header: version 06, reserved 00, sequence FF (no ack), class 06 (ASF); then IANA 4542 and type 0x80.
        if (ping.Length < 12 || ping[0] != 0x06 || ping[3] != 0x06
            || ping[4] != 0x00 || ping[5] != 0x00 || ping[6] != 0x11 || ping[7] != 0xBE || ping[8] != 0x80)
        {
            return null;
        }

        var tag = ping[9];
        return
        [
            0x06, 0x00, 0xFF, 0x06,
            0x00, 0x00, 0x11, 0xBE,
            0x40, tag, 0x00, 0x10,
            0x00, 0x00, 0x11, 0xBE, // IANA enterprise number
            0x00, 0x00, 0x00, 0x00, // OEM defined
            0x81,                   // supported entities: IPMI supported, ASF 1.0
            0x00,                   // supported interactions
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // reserved
        ];
    }
}
