using System.Reflection;
using System.Reflection.Emit;

namespace CreditGrantConformance.SelfTests.Wholesome;

/// <summary>
/// The types one type uses, read from its compiled form: its base and interfaces, the signatures of its members, its
/// locals and every type, method and field its method bodies name (the IL's tokens). Read from the assembly rather
/// than from <c>using</c> lines so a type of an enclosing namespace, which needs no <c>using</c>, is seen too.
/// </summary>
internal static class TypeUses
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic
        | BindingFlags.Instance | BindingFlags.Static;

    private static readonly Dictionary<ushort, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => (ushort)o.Value);

    /// <summary>Every type <paramref name="type"/> names, generic arguments and element types unfolded.</summary>
    public static IEnumerable<Type> Of(Type type) =>
        Named(type).SelectMany(Unfold);

    private static IEnumerable<Type?> Named(Type type)
    {
        yield return type.BaseType;
        foreach (var named in type.GetInterfaces())
        {
            yield return named;
        }

        foreach (var member in type.GetMembers(Declared))
        {
            foreach (var named in Signature(member))
            {
                yield return named;
            }

            if (member is MethodBase { } method && method.GetMethodBody() is { } body)
            {
                foreach (var local in body.LocalVariables)
                {
                    yield return local.LocalType;
                }

                foreach (var named in Tokens(method, body.GetILAsByteArray() ?? []))
                {
                    yield return named;
                }
            }
        }
    }

    private static IEnumerable<Type?> Signature(MemberInfo member) => member switch
    {
        FieldInfo f => [f.FieldType],
        PropertyInfo p => [p.PropertyType],
        MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
        ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
        _ => [],
    };

    private static IEnumerable<Type?> Tokens(MethodBase method, byte[] il)
    {
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? (ushort)(0xFE00 | il[at + 1]) : il[at];
            at += code > 0xFF ? 2 : 1;
            var op = OpCodesByValue[code];
            if (op.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField
                or OperandType.InlineTok)
            {
                foreach (var named in Resolved(method, BitConverter.ToInt32(il, at)))
                {
                    yield return named;
                }
            }

            at += OperandSize(op.OperandType, il, at);
        }
    }

    private static IEnumerable<Type?> Resolved(MethodBase method, int token)
    {
        var typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        return method.Module.ResolveMember(token, typeArguments, methodArguments) switch
        {
            Type named => [named],
            MethodInfo m => m.GetGenericArguments().Append(m.DeclaringType),
            MemberInfo m => [m.DeclaringType],
            _ => [],
        };
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    private static IEnumerable<Type> Unfold(Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            return [];
        }

        if (type.HasElementType)
        {
            return Unfold(type.GetElementType());
        }

        return type.IsConstructedGenericType
            ? type.GetGenericArguments().SelectMany(Unfold).Prepend(type.GetGenericTypeDefinition())
            : [type];
    }
}
