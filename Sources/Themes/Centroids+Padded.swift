extension Centroids {
    /// Centroids laid out for the assignment kernel: term-major, each term's run of `count`
    /// weights padded with zeros to `stride`, a multiple of 8 floats, so that the similarities
    /// of a row to every centroid are SIMD multiply-adds over whole vectors.
    struct Padded: Sendable {
        /// The number of centroids.
        let count: Int
        /// The number of terms.
        let dimension: Int
        /// Floats per term: `count` rounded up to a multiple of 8.
        let stride: Int
        /// The weight of term `t` in centroid `c` is `weights[t * stride + c]`; the padding (and
        /// one spare term at the end) is 0.
        private(set) var weights: [Float]

        /// `count` zero centroids over `dimension` terms.
        init(count: Int, dimension: Int) {
            self.count = count
            self.dimension = dimension
            self.stride = (count + 7) / 8 * 8
            // One spare term keeps the storage non-empty even without terms.
            self.weights = [Float](repeating: 0, count: (dimension + 1) * stride)
        }

        /// The same centroids in the padded layout.
        /// - Complexity: O(dimension × count).
        init(_ centroids: Centroids) {
            self.init(count: centroids.count, dimension: centroids.dimension)
            let k = count, stride = self.stride
            weights.withUnsafeMutableBufferPointer { w in
                centroids.weights.withUnsafeBufferPointer { source in
                    for t in 0 ..< dimension {
                        for c in 0 ..< k { w[t * stride + c] = source[t * k + c] }
                    }
                }
            }
        }

        /// The normalised means of `sums`.
        /// - Complexity: O(dimension × stride).
        init(_ sums: Centroids.Sums) {
            self.init(count: sums.count, dimension: sums.dimension)
            let stride = self.stride
            weights.withUnsafeMutableBufferPointer { sums.write(into: $0, stride: stride) }
        }

        /// How far each centroid moved from `old` (same shape): the Euclidean distance, rounded
        /// up a little so that it bounds the change of any cosine to a unit row.
        /// - Complexity: O(dimension × stride).
        func distances(from old: Padded) -> [Float] {
            var squares = [Double](repeating: 0, count: stride)
            weights.withUnsafeBufferPointer { new in
                old.weights.withUnsafeBufferPointer { old in
                    for t in 0 ..< dimension {
                        for c in 0 ..< stride {
                            let d = Double(new[t * stride + c]) - Double(old[t * stride + c])
                            squares[c] += d * d
                        }
                    }
                }
            }
            return (0 ..< count).map { Float(squares[$0].squareRoot() * (1 + 1e-6)) }
        }

        /// Sets centroid `centroid` to row `row` of `matrix` (a unit vector), all other terms zero.
        /// - Complexity: O(dimension).
        mutating func setCentroid(_ centroid: Int, toRow row: Int, of matrix: SparseMatrix) {
            let stride = self.stride
            weights.withUnsafeMutableBufferPointer { w in
                for t in 0 ..< dimension { w[t * stride + centroid] = 0 }
                for p in matrix.range(ofRow: row) { w[Int(matrix.columns[p]) * stride + centroid] = matrix.values[p] }
            }
        }

        /// Calls `body` with a kernel over these weights, valid only during the call.
        func withKernel<Result>(_ body: (Kernel) throws -> Result) rethrows -> Result {
            try weights.withUnsafeBytes { bytes in
                guard let base = bytes.baseAddress else { preconditionFailure("padded weights are never empty") }
                return try body(Kernel(weights: base, count: count, stride: stride))
            }
        }
    }
}

extension Centroids.Padded {
    /// The similarity kernel over padded weights held elsewhere, safe to share between threads
    /// because it only reads.
    struct Kernel: @unchecked Sendable {
        /// The padded term-major weights.
        let weights: UnsafeRawPointer
        /// The number of centroids.
        let count: Int
        /// Floats per term.
        let stride: Int

        /// The centroid of highest cosine to row `row` (ties to the lower index), that cosine, and
        /// the highest cosine to any other centroid (-∞ when there is none).
        ///
        /// For each block of 32 centroids (then 16, then 8) the row's terms are walked once,
        /// accumulating `value × weights[term]` in SIMD registers (several independent sums
        /// hide the latency of the additions); each lane sums in the row's term order, so the
        /// result depends on nothing but the row and the centroids. The block sums go to
        /// `scratch` (`stride` floats), which a scalar scan then searches.
        /// - Complexity: O(nnz(row) × stride).
        @inline(__always)
        func nearest(
            row: Int, in matrix: SparseMatrix.Buffers, scratch: UnsafeMutablePointer<Float>
        ) -> (centroid: Int32, similarity: Float, runnerUp: Float) {
            let start = matrix.rowStarts[row], end = matrix.rowStarts[row + 1]
            guard let columns = matrix.columns.baseAddress, let values = matrix.values.baseAddress else {
                return (0, 0, 0)
            }
            let termBytes = stride &* MemoryLayout<Float>.stride
            let out = UnsafeMutableRawPointer(scratch)
            var block = 0
            while block + 32 <= stride {
                let base = weights + block &* MemoryLayout<Float>.stride
                var low = SIMD16<Float>(), high = SIMD16<Float>()
                for p in start ..< end {
                    let v = values[p], offset = Int(columns[p]) &* termBytes
                    low += v * base.loadUnaligned(fromByteOffset: offset, as: SIMD16<Float>.self)
                    high += v * base.loadUnaligned(fromByteOffset: offset &+ 64, as: SIMD16<Float>.self)
                }
                out.storeBytes(of: low, toByteOffset: block &* 4, as: SIMD16<Float>.self)
                out.storeBytes(of: high, toByteOffset: block &* 4 &+ 64, as: SIMD16<Float>.self)
                block += 32
            }
            if block + 16 <= stride {
                let base = weights + block &* MemoryLayout<Float>.stride
                var sum = SIMD16<Float>()
                for p in start ..< end {
                    sum += values[p] * base.loadUnaligned(fromByteOffset: Int(columns[p]) &* termBytes, as: SIMD16<Float>.self)
                }
                out.storeBytes(of: sum, toByteOffset: block &* 4, as: SIMD16<Float>.self)
                block += 16
            }
            if block < stride {
                let base = weights + block &* MemoryLayout<Float>.stride
                var sum = SIMD8<Float>()
                for p in start ..< end {
                    sum += values[p] * base.loadUnaligned(fromByteOffset: Int(columns[p]) &* termBytes, as: SIMD8<Float>.self)
                }
                out.storeBytes(of: sum, toByteOffset: block &* 4, as: SIMD8<Float>.self)
            }
            var best = 0
            var bestValue = scratch[0]
            var runnerUp = -Float.infinity
            for c in 1 ..< max(1, count) {
                let value = scratch[c]
                if value > bestValue {
                    runnerUp = bestValue
                    best = c
                    bestValue = value
                } else if value > runnerUp {
                    runnerUp = value
                }
            }
            return (Int32(best), bestValue, runnerUp)
        }

        /// The cosine of row `row` to centroid `centroid` alone.
        /// - Complexity: O(nnz(row)).
        @inline(__always)
        func similarity(ofRow row: Int, in matrix: SparseMatrix.Buffers, to centroid: Int) -> Float {
            let w = weights.assumingMemoryBound(to: Float.self)
            var sum: Float = 0
            for p in matrix.rowStarts[row] ..< matrix.rowStarts[row + 1] {
                sum += matrix.values[p] * w[Int(matrix.columns[p]) * stride + centroid]
            }
            return sum
        }

        @inline(__always)
        private static func firstLane<V: SIMD>(of value: Float, in vector: V) -> Int where V.Scalar == Float {
            for lane in 0 ..< V.scalarCount where vector[lane] == value { return lane }
            return 0
        }
    }
}
