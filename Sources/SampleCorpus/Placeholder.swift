enum SampleCorpusPlaceholder {}
