// The generator is referenced through the alias Generators: it compiles the contracts (Activepieces.AuthType, the
// attributes) that the referenced runtime library defines too, and the tests use both.
extern alias Generators;

global using Generators::Activepieces.Connections.Generators;
global using Generators::Activepieces.Connections.Generators.Analyzers;
global using Generators::Activepieces.Connections.Generators.Diagnostics;
global using Generators::Activepieces.Connections.Generators.Emitting;
global using Generators::Activepieces.Connections.Generators.Metadata;
global using Generators::Activepieces.Connections.Generators.Model;
global using Generators::Activepieces.Connections.Generators.Parsing;
global using Generators::Activepieces.CSharp;
global using Generators::Activepieces.Metadata;
global using Generators::Activepieces.Records;
