using Activepieces.Emulator.Http;
using Activepieces.Emulator.Services.AppConnections;
using Activepieces.Emulator.Services.GlobalConnections;
using Activepieces.Emulator.Services.ManagedAuthn;
using Activepieces.Emulator.Services.Pieces;
using Activepieces.Emulator.Services.PieceSets;
using Activepieces.Emulator.Services.Projects;

namespace Activepieces.Emulator.Routes;

/// <summary>What the routes share: the request gate, the response serializers and one service per server module.</summary>
internal sealed record EmulatorServices(
    RequestGate Gate,
    ResponseJson Json,
    ProjectService Projects,
    AppConnectionService AppConnections,
    GlobalConnectionService GlobalConnections,
    PieceMetadataService Pieces,
    ManagedAuthnService ManagedAuthn,
    PieceSetService PieceSets);
