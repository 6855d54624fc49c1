/// The numbers of a worksheet's `<v>` elements, written as plain decimals without going through floating point.
package enum WorkbookNumber {
    /// The most significant digits Excel keeps of a number typed in (and shows).
    package static let excelPrecision = 15

    /// The largest exponent written out (a double reaches 10^308; anything further is not a number Excel wrote).
    private static let maximumExponent = 400

    /// `text` (`56.7`, `-1.5E-3`, `+12`, `.5`) as plain decimal digits (`56.7`, `-0.0015`, `12`, `0.5`), or nil if
    /// it is not a number. The digits stored are kept, trailing zeros included; only the exponent is applied.
    package static func plainDigits(_ text: String) -> String? {
        var bytes = Array(text.utf8)[...]
        var isNegative = false
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            isNegative = sign == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        let mantissa = bytes.prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }
        var exponent = 0
        if mantissa.count < bytes.count {
            var exponentBytes = bytes[mantissa.endIndex...].dropFirst()
            var isExponentNegative = false
            if let sign = exponentBytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                isExponentNegative = sign == UInt8(ascii: "-")
                exponentBytes = exponentBytes.dropFirst()
            }
            guard !exponentBytes.isEmpty, exponentBytes.count <= 4, exponentBytes.allSatisfy(isDigit) else {
                return nil
            }
            exponent = exponentBytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            if isExponentNegative { exponent = -exponent }
            guard abs(exponent) <= maximumExponent else { return nil }
        }
        let integer = mantissa.prefix { $0 != UInt8(ascii: ".") }
        let fraction = mantissa.dropFirst(integer.count + 1)
        guard integer.allSatisfy(isDigit), fraction.allSatisfy(isDigit), integer.count + fraction.count > 0 else {
            return nil
        }
        // The digits and where the point goes among them.
        var digits = Array(integer) + Array(fraction)
        var point = integer.count + exponent
        if point < 0 {
            digits = Array(repeating: UInt8(ascii: "0"), count: -point) + digits
            point = 0
        } else if point > digits.count {
            digits += Array(repeating: UInt8(ascii: "0"), count: point - digits.count)
        }
        var whole = Array(digits[..<point].drop { $0 == UInt8(ascii: "0") })
        if whole.isEmpty { whole = [UInt8(ascii: "0")] }
        let decimals = digits[point...]
        var output = isNegative ? "-" : ""
        output += String(decoding: whole, as: UTF8.self)
        if !decimals.isEmpty { output += "." + String(decoding: decimals, as: UTF8.self) }
        return output
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Plain `digits` (as ``WorkbookCell/number(_:)`` holds them) rounded to the 15 significant digits Excel keeps,
    /// for numbers stored as the nearest binary double: `56.700000000000003` is `56.7`, `0.30000000000000004` is
    /// `0.3`. Digits within 15 significant are returned as they are (`56.70` stays); rounding drops the trailing
    /// zeros it leaves in the fraction. Half rounds away from zero.
    package static func roundedToExcelPrecision(_ digits: String) -> String {
        let isNegative = digits.hasPrefix("-")
        let unsigned = Array(digits.utf8.dropFirst(isNegative ? 1 : 0))
        let pointIndex = unsigned.firstIndex(of: UInt8(ascii: ".")) ?? unsigned.count
        var all = Array(unsigned[..<pointIndex]) + Array(unsigned.dropFirst(pointIndex + 1))
        guard let first = all.firstIndex(where: { $0 != UInt8(ascii: "0") }), all.count - first > excelPrecision
        else { return digits }
        let cut = first + excelPrecision
        let roundsUp = all[cut] >= UInt8(ascii: "5")
        for index in cut..<all.count { all[index] = UInt8(ascii: "0") }
        var point = pointIndex
        if roundsUp {
            var index = cut - 1
            while index >= 0, all[index] == UInt8(ascii: "9") {
                all[index] = UInt8(ascii: "0")
                index -= 1
            }
            if index >= 0 {
                all[index] += 1
            } else {
                all.insert(UInt8(ascii: "1"), at: 0)
                point += 1
            }
        }
        var whole = Array(all[..<point].drop { $0 == UInt8(ascii: "0") })
        if whole.isEmpty { whole = [UInt8(ascii: "0")] }
        var fraction = Array(all[point...])
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        let isZero = whole == [UInt8(ascii: "0")] && fraction.isEmpty
        var output = isNegative && !isZero ? "-" : ""
        output += String(decoding: whole, as: UTF8.self)
        if !fraction.isEmpty { output += "." + String(decoding: fraction, as: UTF8.self) }
        return output
    }
}
