using System.Buffers;
using System.Text.Json;

namespace Discovery.MockBmc.Http;

/// <summary>Bodies the simulator makes itself: Redfish error answers (DSP0266 "Error responses") and sessions.</summary>
internal static class RedfishBodies
{
    public const string SessionType = "#Session.v1_1_1.Session";

    public static byte[] Error(string messageId, string message, string resolution)
    {
        return Write(writer =>
        {
            writer.WriteStartObject("error");
            writer.WriteString("code", messageId);
            writer.WriteString("message", message);
            writer.WriteStartArray("@Message.ExtendedInfo");
            writer.WriteStartObject();
            writer.WriteString("@odata.type", "#Message.v1_1_1.Message");
            writer.WriteString("MessageId", messageId);
            writer.WriteString("Message", message);
            writer.WriteString("Severity", "Critical");
            writer.WriteString("MessageSeverity", "Critical");
            writer.WriteString("Resolution", resolution);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    public static byte[] Session(MockSession session)
    {
        return Write(writer => WriteSession(writer, session));
    }

    public static byte[] SessionCollection(IReadOnlyList<MockSession> sessions)
    {
        return Write(writer =>
        {
            writer.WriteString("@odata.id", SessionStore.CollectionUri);
            writer.WriteString("@odata.type", "#SessionCollection.SessionCollection");
            writer.WriteString("Name", "Session Collection");
            writer.WriteNumber("Members@odata.count", sessions.Count);
            writer.WriteStartArray("Members");
            foreach (var session in sessions)
            {
                writer.WriteStartObject();
                writer.WriteString("@odata.id", session.Uri);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    private static void WriteSession(Utf8JsonWriter writer, MockSession session)
    {
        writer.WriteString("@odata.id", session.Uri);
        // Only what the named schema version defines (DSP8010 Session.v1_1_1: Id, Name, Description, UserName,
        // Password, Actions, Oem): CreatedTime came in a later version, and a validator fails a property the
        // named version lacks. v1_1_1 because its schema ships with the Cray mockups, so tests can check against it.
        writer.WriteString("@odata.type", SessionType);
        writer.WriteString("Id", session.Id);
        writer.WriteString("Name", "User Session");
        writer.WriteString("Description", "Manager User Session");
        writer.WriteString("UserName", session.UserName);
        writer.WriteNull("Password");
    }

    private static byte[] Write(Action<Utf8JsonWriter> members)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            members(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
