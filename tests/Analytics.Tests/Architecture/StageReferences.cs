using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Analytics.Tests.Architecture;

/// <summary>
/// Reads an assembly's metadata tables (never loads it) and lists every reference from a type of one stage to a type of
/// a later stage, or between the two sibling stages. What is read: base types, interfaces, generic constraints,
/// field, method, property and event signatures, custom attributes (constructor and <c>typeof</c> arguments), and in
/// method bodies the local variables, caught exception types and every type, method and field token of the IL.
/// </summary>
internal static class StageReferences
{
    /// <summary>The stages in order; a stage may use the stages of a lower rank only (equal ranks: siblings).</summary>
    public static readonly IReadOnlyList<(string Namespace, int Rank)> Stages =
    [
        ("Analytics.Internal", 0),
        ("Analytics.Periods", 1),
        ("Analytics.Indicators", 2),
        ("Analytics.Observations", 3),
        ("Analytics.Series", 4),
        ("Analytics.Io", 5),
        ("Analytics.Growth", 6),
        ("Analytics.Audit", 7),
        ("Analytics.Forecasting", 7),
        ("Analytics.Charts", 8),
        ("Analytics.Narrative", 9),
        ("Analytics.Tables", 10),
    ];

    /// <summary>The stage of a namespace (the longest stage namespace it is or is inside), or null for none.</summary>
    public static (string Namespace, int Rank)? StageOf(string ns)
    {
        (string, int)? best = null;
        foreach (var s in Stages)
        {
            if ((ns == s.Namespace || ns.StartsWith(s.Namespace + ".", StringComparison.Ordinal)) && (best is null || s.Namespace.Length > best.Value.Item1.Length))
            {
                best = s;
            }
        }

        return best;
    }

    /// <summary>Whether a type of stage <paramref name="from"/> may use a type of stage <paramref name="to"/>.</summary>
    public static bool Allowed((string Namespace, int Rank) from, (string Namespace, int Rank) to)
        => from.Namespace == to.Namespace || to.Rank < from.Rank;

    /// <summary>The types of the assembly in an <c>Analytics</c> namespace that is in no stage (they would go unchecked).</summary>
    public static IReadOnlyList<string> Unstaged(Stream peImage)
    {
        using var pe = new PEReader(peImage, PEStreamOptions.LeaveOpen);
        var md = pe.GetMetadataReader();
        var names = new NameProvider(md);
        return [.. md.TypeDefinitions.Select(names.Definition)
            .Where(t => (t.Namespace == "Analytics" || t.Namespace.StartsWith("Analytics.", StringComparison.Ordinal)) && StageOf(t.Namespace) is null)
            .Select(t => t.ToString())];
    }

    /// <summary>Every backward reference in the assembly, one line each: referencing type and member, what refers, and the referenced type.</summary>
    public static IReadOnlyList<string> Violations(Stream peImage) => Scan(peImage).Violations;

    /// <summary>Every pair of different stages where a type of the first uses a type of the second, as "From → To".</summary>
    public static IReadOnlySet<string> Edges(Stream peImage) => Scan(peImage).Edges;

    private static (IReadOnlyList<string> Violations, IReadOnlySet<string> Edges) Scan(Stream peImage)
    {
        using var pe = new PEReader(peImage, PEStreamOptions.LeaveOpen);
        var md = pe.GetMetadataReader();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var edges = new HashSet<string>(StringComparer.Ordinal);
        var names = new NameProvider(md);
        foreach (var th in md.TypeDefinitions)
        {
            var source = names.Definition(th);
            if (StageOf(source.Namespace) is not { } stage)
            {
                continue;
            }

            var type = md.GetTypeDefinition(th);
            void Check(IEnumerable<TypeName> targets, string member, string how)
            {
                foreach (var t in targets)
                {
                    if (StageOf(t.Namespace) is not { } target || target.Namespace == stage.Namespace)
                    {
                        continue;
                    }

                    edges.Add($"{stage.Namespace} → {target.Namespace}");
                    if (!Allowed(stage, target))
                    {
                        found.Add($"{source}{(member.Length > 0 ? "." + member : string.Empty)} ({how}) uses {t} — stage {stage.Namespace} may not use the later stage {target.Namespace}");
                    }
                }
            }

            if (!type.BaseType.IsNil)
            {
                Check(names.OfType(type.BaseType), string.Empty, "base type");
            }

            foreach (var ih in type.GetInterfaceImplementations())
            {
                Check(names.OfType(md.GetInterfaceImplementation(ih).Interface), string.Empty, "interface");
            }

            Check(names.Constraints(type.GetGenericParameters()), string.Empty, "generic constraint");
            Check(names.Attributes(type.GetCustomAttributes()), string.Empty, "attribute");
            foreach (var fh in type.GetFields())
            {
                var f = md.GetFieldDefinition(fh);
                var name = md.GetString(f.Name);
                Check(f.DecodeSignature(names, null), name, "field type");
                Check(names.Attributes(f.GetCustomAttributes()), name, "attribute");
            }

            foreach (var ph in type.GetProperties())
            {
                var p = md.GetPropertyDefinition(ph);
                var name = md.GetString(p.Name);
                var sig = p.DecodeSignature(names, null);
                Check(sig.ReturnType.Concat(sig.ParameterTypes.SelectMany(x => x)), name, "property type");
                Check(names.Attributes(p.GetCustomAttributes()), name, "attribute");
            }

            foreach (var eh in type.GetEvents())
            {
                var e = md.GetEventDefinition(eh);
                var name = md.GetString(e.Name);
                Check(names.OfType(e.Type), name, "event type");
                Check(names.Attributes(e.GetCustomAttributes()), name, "attribute");
            }

            foreach (var mh in type.GetMethods())
            {
                var m = md.GetMethodDefinition(mh);
                var name = md.GetString(m.Name);
                var sig = m.DecodeSignature(names, null);
                Check(sig.ReturnType.Concat(sig.ParameterTypes.SelectMany(x => x)), name, "signature");
                Check(names.Constraints(m.GetGenericParameters()), name, "generic constraint");
                Check(names.Attributes(m.GetCustomAttributes()), name, "attribute");
                foreach (var parh in m.GetParameters())
                {
                    Check(names.Attributes(md.GetParameter(parh).GetCustomAttributes()), name, "parameter attribute");
                }

                if (m.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                var body = pe.GetMethodBody(m.RelativeVirtualAddress);
                if (!body.LocalSignature.IsNil)
                {
                    var locals = md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(names, null);
                    Check(locals.SelectMany(x => x), name, "local variable");
                }

                foreach (var region in body.ExceptionRegions)
                {
                    if (!region.CatchType.IsNil)
                    {
                        Check(names.OfType(region.CatchType), name, "catch");
                    }
                }

                foreach (var (opcode, token) in Il.Tokens(body.GetILBytes() ?? []))
                {
                    Check(names.OfToken(token), name, opcode);
                }
            }
        }

        return ([.. found], edges);
    }

    /// <summary>A type's namespace and name (nested types as Outer+Inner, in their outermost type's namespace).</summary>
    internal readonly record struct TypeName(string Namespace, string Name)
    {
        public override string ToString() => Namespace.Length == 0 ? Name : Namespace + "." + Name;
    }

    /// <summary>Turns handles, tokens and signatures into the named types they mention (generic arguments included).</summary>
    private sealed class NameProvider(MetadataReader md) : ISignatureTypeProvider<ImmutableArray<TypeName>, object?>, ICustomAttributeTypeProvider<ImmutableArray<TypeName>>
    {
        public TypeName Definition(TypeDefinitionHandle h)
        {
            var t = md.GetTypeDefinition(h);
            var name = md.GetString(t.Name);
            var outer = t.GetDeclaringType();
            if (!outer.IsNil)
            {
                var o = Definition(outer);
                return new TypeName(o.Namespace, o.Name + "+" + name);
            }

            return new TypeName(md.GetString(t.Namespace), name);
        }

        private TypeName Reference(TypeReferenceHandle h)
        {
            var t = md.GetTypeReference(h);
            var name = md.GetString(t.Name);
            if (t.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                var o = Reference((TypeReferenceHandle)t.ResolutionScope);
                return new TypeName(o.Namespace, o.Name + "+" + name);
            }

            return new TypeName(md.GetString(t.Namespace), name);
        }

        public ImmutableArray<TypeName> OfType(EntityHandle h) => h.Kind switch
        {
            HandleKind.TypeDefinition => [Definition((TypeDefinitionHandle)h)],
            HandleKind.TypeReference => [Reference((TypeReferenceHandle)h)],
            HandleKind.TypeSpecification => md.GetTypeSpecification((TypeSpecificationHandle)h).DecodeSignature(this, null),
            _ => [],
        };

        public ImmutableArray<TypeName> OfToken(int token)
        {
            var h = MetadataTokens.EntityHandle(token);
            switch (h.Kind)
            {
                case HandleKind.TypeDefinition:
                case HandleKind.TypeReference:
                case HandleKind.TypeSpecification:
                    return OfType(h);
                case HandleKind.MethodDefinition:
                    var m = md.GetMethodDefinition((MethodDefinitionHandle)h);
                    return [Definition(m.GetDeclaringType())];
                case HandleKind.FieldDefinition:
                    return [Definition(md.GetFieldDefinition((FieldDefinitionHandle)h).GetDeclaringType())];
                case HandleKind.MemberReference:
                    var r = md.GetMemberReference((MemberReferenceHandle)h);
                    var parent = r.Parent.Kind == HandleKind.MethodDefinition ? OfToken(MetadataTokens.GetToken(r.Parent)) : OfType(r.Parent);
                    if (r.GetKind() == MemberReferenceKind.Field)
                    {
                        return parent.AddRange(r.DecodeFieldSignature(this, null));
                    }

                    var sig = r.DecodeMethodSignature(this, null);
                    return parent.AddRange(sig.ReturnType).AddRange(sig.ParameterTypes.SelectMany(x => x));
                case HandleKind.MethodSpecification:
                    var spec = md.GetMethodSpecification((MethodSpecificationHandle)h);
                    return OfToken(MetadataTokens.GetToken(spec.Method)).AddRange(spec.DecodeSignature(this, null).SelectMany(x => x));
                case HandleKind.StandaloneSignature:
                    var standalone = md.GetStandaloneSignature((StandaloneSignatureHandle)h);
                    if (standalone.GetKind() == StandaloneSignatureKind.Method)
                    {
                        var ms = standalone.DecodeMethodSignature(this, null);
                        return ms.ReturnType.AddRange(ms.ParameterTypes.SelectMany(x => x));
                    }

                    return [.. standalone.DecodeLocalSignature(this, null).SelectMany(x => x)];
                default:
                    return [];
            }
        }

        public IEnumerable<TypeName> Constraints(GenericParameterHandleCollection parameters)
        {
            foreach (var gp in parameters)
            {
                foreach (var ch in md.GetGenericParameter(gp).GetConstraints())
                {
                    foreach (var t in OfType(md.GetGenericParameterConstraint(ch).Type))
                    {
                        yield return t;
                    }
                }
            }
        }

        public IEnumerable<TypeName> Attributes(CustomAttributeHandleCollection attributes)
        {
            foreach (var ah in attributes)
            {
                var a = md.GetCustomAttribute(ah);
                foreach (var t in OfToken(MetadataTokens.GetToken(a.Constructor)))
                {
                    yield return t;
                }

                CustomAttributeValue<ImmutableArray<TypeName>> value;
                try
                {
                    value = a.DecodeValue(this);
                }
                catch (BadImageFormatException)
                {
                    // An argument of an enum type from another assembly whose size is not Int32: its typeof arguments cannot be read.
                    continue;
                }

                foreach (var arg in value.FixedArguments.Concat(value.NamedArguments.Select(n => new CustomAttributeTypedArgument<ImmutableArray<TypeName>>(n.Type, n.Value))))
                {
                    foreach (var t in TypeArguments(arg))
                    {
                        yield return t;
                    }
                }
            }
        }

        private static IEnumerable<TypeName> TypeArguments(CustomAttributeTypedArgument<ImmutableArray<TypeName>> arg) => arg.Value switch
        {
            ImmutableArray<TypeName> t => t,
            ImmutableArray<CustomAttributeTypedArgument<ImmutableArray<TypeName>>> items => items.SelectMany(TypeArguments),
            _ => [],
        };

        public ImmutableArray<TypeName> GetArrayType(ImmutableArray<TypeName> elementType, ArrayShape shape) => elementType;

        public ImmutableArray<TypeName> GetByReferenceType(ImmutableArray<TypeName> elementType) => elementType;

        public ImmutableArray<TypeName> GetFunctionPointerType(MethodSignature<ImmutableArray<TypeName>> signature)
            => signature.ReturnType.AddRange(signature.ParameterTypes.SelectMany(x => x));

        public ImmutableArray<TypeName> GetGenericInstantiation(ImmutableArray<TypeName> genericType, ImmutableArray<ImmutableArray<TypeName>> typeArguments)
            => genericType.AddRange(typeArguments.SelectMany(x => x));

        public ImmutableArray<TypeName> GetGenericMethodParameter(object? genericContext, int index) => [];

        public ImmutableArray<TypeName> GetGenericTypeParameter(object? genericContext, int index) => [];

        public ImmutableArray<TypeName> GetModifiedType(ImmutableArray<TypeName> modifier, ImmutableArray<TypeName> unmodifiedType, bool isRequired) => unmodifiedType;

        public ImmutableArray<TypeName> GetPinnedType(ImmutableArray<TypeName> elementType) => elementType;

        public ImmutableArray<TypeName> GetPointerType(ImmutableArray<TypeName> elementType) => elementType;

        public ImmutableArray<TypeName> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];

        public ImmutableArray<TypeName> GetSZArrayType(ImmutableArray<TypeName> elementType) => elementType;

        public ImmutableArray<TypeName> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [Definition(handle)];

        public ImmutableArray<TypeName> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => [Reference(handle)];

        public ImmutableArray<TypeName> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
            => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        // Attribute arguments: System.Type arguments are written as serialized names ("Ns.Outer+Inner, Assembly").
        public ImmutableArray<TypeName> GetSystemType() => [];

        public bool IsSystemType(ImmutableArray<TypeName> type) => type is [{ Namespace: "System", Name: "Type" }];

        public ImmutableArray<TypeName> GetTypeFromSerializedName(string name)
        {
            var full = name.Split(',')[0].Split('[')[0].Trim();
            var outer = full.Split('+')[0];
            var dot = outer.LastIndexOf('.');
            return dot < 0 ? [new TypeName(string.Empty, full)] : [new TypeName(full[..dot], full[(dot + 1)..])];
        }

        public PrimitiveTypeCode GetUnderlyingEnumType(ImmutableArray<TypeName> type)
        {
            // Enums of this assembly: the type of their value__ field; others are taken as Int32 (the C# default).
            foreach (var th in md.TypeDefinitions)
            {
                if (type is [var t] && Definition(th) == t)
                {
                    foreach (var fh in md.GetTypeDefinition(th).GetFields())
                    {
                        var f = md.GetFieldDefinition(fh);
                        if ((f.Attributes & FieldAttributes.Static) == 0)
                        {
                            var blob = md.GetBlobReader(f.Signature);
                            blob.ReadSignatureHeader();
                            return (PrimitiveTypeCode)blob.ReadByte();
                        }
                    }
                }
            }

            return PrimitiveTypeCode.Int32;
        }
    }

    /// <summary>Walks IL and yields the metadata token of every instruction that has one.</summary>
    private static class Il
    {
        private static readonly Dictionary<short, OpCode> Codes = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value);

        public static IEnumerable<(string OpCode, int Token)> Tokens(byte[] il)
        {
            var i = 0;
            while (i < il.Length)
            {
                short value = il[i++];
                if (value == 0xFE)
                {
                    value = unchecked((short)(0xFE00 | il[i++]));
                }

                var op = Codes[value];
                switch (op.OperandType)
                {
                    case OperandType.InlineField:
                    case OperandType.InlineMethod:
                    case OperandType.InlineTok:
                    case OperandType.InlineType:
                    case OperandType.InlineSig:
                        yield return (op.Name!, BitConverter.ToInt32(il, i));
                        i += 4;
                        break;
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget:
                    case OperandType.ShortInlineI:
                    case OperandType.ShortInlineVar:
                        i += 1;
                        break;
                    case OperandType.InlineVar:
                        i += 2;
                        break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR:
                        i += 8;
                        break;
                    case OperandType.InlineSwitch:
                        var n = BitConverter.ToInt32(il, i);
                        i += 4 + (4 * n);
                        break;
                    default:
                        // InlineBrTarget, InlineI, InlineString, ShortInlineR.
                        i += 4;
                        break;
                }
            }
        }
    }
}
