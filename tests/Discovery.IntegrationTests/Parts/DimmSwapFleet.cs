using System.Net;
using Discovery.MockBmc;
using Discovery.Testing.Mockups;

namespace Discovery.IntegrationTests.Parts;

/// <summary>
/// One mock Gigabyte H262 (AMI) BMC for the swapped-DIMM tests (issue 17): its first DIMM in URI order, Memory/1 at
/// <c>DIMM_P0_A0</c>, is the one mock-bmc's <c>dimm-serial</c> fault rewrites (<see cref="Swap"/>).
/// </summary>
internal static class DimmSwapFleet
{
    public static Task<MockFleet> StartAsync(IPAddress address, string password, CancellationToken token) =>
        MockFleet.StartAsync(
            new MockFleetOptions
            {
                MockupDirectories = [MockupPaths.Shared("gigabyte-h262-z63-ami")],
                Count = 1,
                FirstAddress = address,
                Password = password,
            },
            token);

    /// <summary>From the next request on, the DIMM at <c>DIMM_P0_A0</c> reports <paramref name="serial"/>: another DIMM in that slot.</summary>
    public static void Swap(MockFleet fleet, string serial) => fleet.Instances[0].Faults = new MockFaults { DimmSerial = serial };
}
