/// The result of ``SphericalKMeans/fit(_:seeds:)``: centroids and each row's cluster.
public struct Clustering: Sendable, Equatable {
    /// Unit centroids, each the normalised sum of its member rows (a zero vector for a cluster
    /// left empty).
    public var centroids: Centroids
    /// The cluster of each row, or -1 for an empty row.
    public var assignments: [Int32]
    /// The cosine of each row to its cluster's centroid (0 for an empty row).
    public var similarities: [Float]
    /// The sum of `similarities`: the spherical k-means objective (higher is better).
    public var objective: Double
    /// The assignment steps of the winning run on the full matrix.
    public var iterations: Int

    /// A clustering from its parts.
    public init(centroids: Centroids, assignments: [Int32], similarities: [Float], objective: Double, iterations: Int) {
        self.centroids = centroids
        self.assignments = assignments
        self.similarities = similarities
        self.objective = objective
        self.iterations = iterations
    }

    /// The number of rows in each cluster.
    /// - Complexity: O(rows).
    public var sizes: [Int] {
        var sizes = [Int](repeating: 0, count: centroids.count)
        for a in assignments where a >= 0 { sizes[Int(a)] += 1 }
        return sizes
    }
}
