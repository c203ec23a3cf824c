package io.portcullis.core.pipeline;

import io.portcullis.classifiers.Finding;
import io.portcullis.core.extract.TextSegment;
import java.util.List;

/** The findings in one text segment; spans index into {@code segment.text()}. */
public record SegmentFindings(TextSegment segment, List<Finding> findings) {}
