using Activepieces.Emulator.Embed;
using Activepieces.Emulator.Http;
using Activepieces.Emulator.Pieces;
using Activepieces.Emulator.Plans;
using Activepieces.Emulator.State;

namespace Activepieces.Emulator.Routes;

/// <summary>What the routes share: state, the request gate, response serializers, pieces, the embed token exchange, the plan.</summary>
internal sealed record EmulatorServices(
    EmulatorState State,
    RequestGate Gate,
    ResponseJson Json,
    PieceCatalog Pieces,
    EmbedTokenExchange Embed,
    PlatformPlan Plan);
