import Foundation

extension JSONValue {
    /// The JSON of an `Encodable` value (a run record, progress, a registry), so that what we store
    /// is written by the same writer as what we print. Object keys are sorted: a dictionary's
    /// order changes from one process to the next, and sorted files stay comparable.
    ///
    /// Encodes as `JSONEncoder` with `.sortedKeys` does: `nil` properties are left out, a `Date`
    /// is its seconds since 2001, a non-finite number is `null`.
    ///
    /// - Throws: what the value's `encode(to:)` throws, or `EncodingError.invalidValue` for a
    ///   whole number beyond `Int`'s range.
    init(encoding value: some Encodable) throws {
        let root = EncodedSlot()
        try value.encode(to: SlotEncoder(slot: root, codingPath: []))
        self = root.value
    }
}

/// One place a value is encoded into: a plain value, or an object or array of further slots,
/// so that containers taken out for nested values still fill in the same tree.
private final class EncodedSlot {
    private var scalar = JSONValue.null
    private var object: [String: EncodedSlot]?
    private var array: [EncodedSlot]?

    var value: JSONValue {
        if let object { return .object(object.sorted { $0.key < $1.key }.map { ($0.key, $0.value.value) }) }
        if let array { return .array(array.map(\.value)) }
        return scalar
    }

    var count: Int { array?.count ?? 0 }

    func set(_ value: JSONValue) { scalar = value }

    /// The slot under `key`, making this slot an object if it is not one yet.
    func slot(forKey key: String) -> EncodedSlot {
        if let existing = object?[key] { return existing }
        let slot = EncodedSlot()
        object = object ?? [:]
        object?[key] = slot
        return slot
    }

    /// A new slot at the end, making this slot an array if it is not one yet.
    func appendedSlot() -> EncodedSlot {
        let slot = EncodedSlot()
        array = array ?? []
        array?.append(slot)
        return slot
    }

    /// Makes this slot an empty object or array up front, so that a container nothing is
    /// encoded into still writes `{}` or `[]`.
    func becomeObject() { object = object ?? [:] }
    func becomeArray() { array = array ?? [] }
}

private struct SlotEncoder: Encoder {
    let slot: EncodedSlot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        slot.becomeObject()
        return KeyedEncodingContainer(KeyedSlotContainer(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        slot.becomeArray()
        return UnkeyedSlotContainer(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleSlotContainer(slot: slot, codingPath: codingPath) }
}

/// Writes one value into a slot: numbers, strings and booleans directly, anything else through
/// its own `encode(to:)`.
private func encode(_ value: some Encodable, into slot: EncodedSlot, codingPath: [any CodingKey]) throws {
    switch value {
    case let flag as Bool: slot.set(.bool(flag))
    case let text as String: slot.set(.string(text))
    case let number as Double: slot.set(.number(number))
    case let number as Float: slot.set(.number(Double(number)))
    case let number as any BinaryInteger:
        // Never rounded into a Double: a stored count must read back exactly.
        guard let whole = Int(exactly: number) else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: codingPath, debugDescription: "\(number) is beyond Int's range"))
        }
        slot.set(.integer(whole))
    default: try value.encode(to: SlotEncoder(slot: slot, codingPath: codingPath))
    }
}

private struct KeyedSlotContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: EncodedSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { slot.slot(forKey: key.stringValue).set(.null) }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        try PipelineKit.encode(value, into: slot.slot(forKey: key.stringValue), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        SlotEncoder(slot: slot.slot(forKey: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: slot.slot(forKey: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { SlotEncoder(slot: slot.slot(forKey: "super"), codingPath: codingPath) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        SlotEncoder(slot: slot.slot(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedSlotContainer: UnkeyedEncodingContainer {
    let slot: EncodedSlot
    let codingPath: [any CodingKey]
    var count: Int { slot.count }

    mutating func encodeNil() throws { slot.appendedSlot().set(.null) }

    mutating func encode(_ value: some Encodable) throws {
        try PipelineKit.encode(value, into: slot.appendedSlot(), codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        SlotEncoder(slot: slot.appendedSlot(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: slot.appendedSlot(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { SlotEncoder(slot: slot.appendedSlot(), codingPath: codingPath) }
}

private struct SingleSlotContainer: SingleValueEncodingContainer {
    let slot: EncodedSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.set(.null) }

    mutating func encode(_ value: some Encodable) throws {
        try PipelineKit.encode(value, into: slot, codingPath: codingPath)
    }
}
